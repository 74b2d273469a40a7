using Bottega.Platform.Tenancy;

namespace Bottega.Organizations.Domain;

/// <summary>An organization's membership of a network by agreement, with its annual fee and term.</summary>
public sealed class NetworkOrganization : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public AgreementStatus Status { get; private set; }

    /// <summary>Annual fee in euro.</summary>
    public decimal AnnualFee { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    private NetworkOrganization()
    {
    }

    public static NetworkOrganization Create(Guid networkId, Guid organizationId, AgreementStatus status, decimal annualFee, DateOnly startsOn, DateOnly? endsOn)
    {
        var agreement = new NetworkOrganization { NetworkId = networkId, OrganizationId = organizationId };
        agreement.Update(status, annualFee, startsOn, endsOn);
        return agreement;
    }

    public void Update(AgreementStatus status, decimal annualFee, DateOnly startsOn, DateOnly? endsOn)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(annualFee);
        if (endsOn is { } end && end < startsOn)
        {
            throw new ArgumentException("The agreement cannot end before it starts.", nameof(endsOn));
        }

        Status = status;
        AnnualFee = annualFee;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public bool IsActiveOn(DateOnly day) => Status == AgreementStatus.Active && StartsOn <= day && (EndsOn is null || EndsOn >= day);
}
