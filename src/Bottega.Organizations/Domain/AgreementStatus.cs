namespace Bottega.Organizations.Domain;

/// <summary>State of the agreement (convenzione) between a network and a member organization.</summary>
public enum AgreementStatus
{
    Proposed = 1,
    Active = 2,
    Suspended = 3,
    Ended = 4,
}
