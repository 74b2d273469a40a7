namespace Bottega.Organizations.Contracts;

/// <summary>How a person becomes a member of a network.</summary>
public enum JoinPolicy
{
    /// <summary>Anyone signed in joins at once.</summary>
    Open = 1,

    /// <summary>A network admin approves each request.</summary>
    Approval = 2,

    /// <summary>The person names a member organization; its training referent (or a network admin) approves.</summary>
    ThroughOrganization = 3,
}
