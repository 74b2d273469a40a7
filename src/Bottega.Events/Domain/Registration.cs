using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>A person's registration for an event: one per person and event (unique), whatever its status.</summary>
public sealed class Registration : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid EventId { get; private set; }

    public Guid UserId { get; private set; }

    public RegistrationStatus Status { get; private set; }

    /// <summary>When the person (or their referent) asked; the waiting list is served in this order.</summary>
    public DateTime RegisteredAt { get; private set; }

    /// <summary>The referent or admin who registered the person, when not themselves.</summary>
    public Guid? RegisteredBy { get; private set; }

    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>Set when a seat came from the waiting list.</summary>
    public DateTime? PromotedAt { get; private set; }

    public DateTime? CancelledAt { get; private set; }

    /// <summary>Secret of the personal join link (<c>/partecipa/{token}</c>): it identifies the person to the meeting.</summary>
    public string JoinToken { get; private set; } = "";

    private Registration()
    {
    }

    public static Registration Create(Guid networkId, Guid eventId, Guid userId, RegistrationStatus status, Guid? registeredBy, string joinToken, DateTime now) => new()
    {
        NetworkId = networkId,
        EventId = eventId,
        UserId = userId,
        Status = status,
        RegisteredAt = now,
        RegisteredBy = registeredBy == userId ? null : registeredBy,
        ConfirmedAt = status == RegistrationStatus.Confirmed ? now : null,
        JoinToken = joinToken,
    };

    public bool HoldsSeat => Status == RegistrationStatus.Confirmed;

    public bool IsActive => Status is RegistrationStatus.Confirmed or RegistrationStatus.Waitlisted or RegistrationStatus.Pending;

    /// <summary>A cancelled or rejected registration asked again: it starts over (at the end of the waiting list).</summary>
    public void Reopen(RegistrationStatus status, Guid? registeredBy, DateTime now)
    {
        Status = status;
        RegisteredAt = now;
        RegisteredBy = registeredBy == UserId ? null : registeredBy;
        ConfirmedAt = status == RegistrationStatus.Confirmed ? now : null;
        PromotedAt = null;
        CancelledAt = null;
    }

    public void Confirm(DateTime now)
    {
        Status = RegistrationStatus.Confirmed;
        ConfirmedAt = now;
    }

    public void Waitlist() => Status = RegistrationStatus.Waitlisted;

    public void Promote(DateTime now)
    {
        Status = RegistrationStatus.Confirmed;
        ConfirmedAt = now;
        PromotedAt = now;
    }

    public void Cancel(DateTime now)
    {
        Status = RegistrationStatus.Cancelled;
        CancelledAt = now;
    }

    public void Reject(DateTime now)
    {
        Status = RegistrationStatus.Rejected;
        CancelledAt = now;
    }
}
