namespace Bottega.Platform.Tenancy;

internal sealed class TenantContext : ITenantContext
{
    public NetworkRef? Network { get; set; }
}
