namespace Bottega.Events.Domain;

public enum EventKind
{
    Webinar = 0,
    VirtualClassroom = 1,
    InPersonDay = 2,
    FocusGroup = 3,
    Social = 4,
}

public enum EventStatus
{
    /// <summary>Being prepared: only organizers see it.</summary>
    Draft = 0,

    Published = 1,

    /// <summary>Called off: registrants were told; it stays listed as cancelled.</summary>
    Cancelled = 2,
}

/// <summary>How people get a seat.</summary>
public enum RegistrationMode
{
    /// <summary>Anyone in the audience registers and gets a seat (or a place on the waiting list).</summary>
    Open = 0,

    /// <summary>Requests wait for an organizer's approval.</summary>
    Approval = 1,

    /// <summary>Only training referents register their organization's staff (and network admins anyone).</summary>
    ByReferent = 2,
}

public enum RegistrationStatus
{
    /// <summary>Waiting for an organizer (registration mode <see cref="RegistrationMode.Approval"/>).</summary>
    Pending = 0,

    /// <summary>Has a seat.</summary>
    Confirmed = 1,

    /// <summary>On the waiting list: promoted, by registration time, when a seat frees up.</summary>
    Waitlisted = 2,

    Cancelled = 3,

    Rejected = 4,
}

/// <summary>Where a session takes place online, if it does.</summary>
public enum MeetingProvider
{
    /// <summary>In person: no link.</summary>
    None = 0,

    /// <summary>A BigBlueButton server configured for the install, driven through its API.</summary>
    BigBlueButton = 1,

    /// <summary>Any meeting URL (Jitsi, Teams, Zoom, Meet); attendance comes from the provider's CSV export.</summary>
    External = 2,
}

public enum AttendanceSource
{
    /// <summary>BigBlueButton's learning-analytics data.</summary>
    BigBlueButton = 0,

    /// <summary>A provider's CSV export (Zoom, Teams, Meet, Jitsi …).</summary>
    Csv = 1,

    /// <summary>Marked by an organizer (an in-person register).</summary>
    Manual = 2,
}

public enum AudienceKind
{
    /// <summary>People working for the member organization <see cref="EventAudience.Value"/> (an organization id).</summary>
    Organization = 0,

    /// <summary>People with the job role <see cref="EventAudience.Value"/> in their profile.</summary>
    JobRole = 1,
}

public enum ReminderKind
{
    Confirmation = 0,
    DayBefore = 1,
    HourBefore = 2,
}
