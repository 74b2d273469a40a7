namespace Bottega.Events.Features.Feedback;

/// <summary>Whether a person may give feedback on an event.</summary>
public enum FeedbackAccess
{
    /// <summary>No such event in this network (or not visible): a 404.</summary>
    NotFound = 0,

    /// <summary>The first session has not started yet.</summary>
    TooEarly = 1,

    /// <summary>Neither a seat nor an attendance: only participants give feedback.</summary>
    NotParticipant = 2,

    Allowed = 3,
}
