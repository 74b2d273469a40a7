using Bottega.Events.Domain;

namespace Bottega.Events.Features.Registrations;

/// <summary>Why a registration action did nothing.</summary>
public enum RegistrationError
{
    None = 0,

    /// <summary>No such event (or registration) in the network: the page answers 404.</summary>
    NotFound = 1,

    /// <summary>The event is not published, its registration has closed, or it is over.</summary>
    Closed = 2,

    /// <summary>The person is not an active member of the network.</summary>
    NotMember = 3,

    NotInAudience = 4,

    /// <summary>The actor may not act for the person (or the event takes registrations from referents only).</summary>
    NotAllowed = 5,

    /// <summary>Nothing to cancel, approve or reject in the registration's current state.</summary>
    NotApplicable = 6,
}

/// <summary>What a registration action left: the registration's status (null when there is none) and the Italian sentence to show.</summary>
public sealed record RegistrationOutcome(RegistrationStatus? Status, string Message, RegistrationError Error = RegistrationError.None)
{
    public bool Succeeded => Error == RegistrationError.None;

    internal static RegistrationOutcome Failed(RegistrationError error, string message) => new(null, message, error);
}
