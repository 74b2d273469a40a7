namespace Bottega.Platform.Tenancy;

/// <summary>The network the current request works in, resolved from the route value "network".</summary>
public interface ITenantContext
{
    NetworkRef? Network { get; }

    Guid? NetworkId => Network?.Id;
}

public sealed record NetworkRef(Guid Id, string Slug, string Name);
