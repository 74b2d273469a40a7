namespace Bottega.Learning.Contracts;

/// <summary>What the events module puts into a course it is linked to: a live-session object per session, and recordings.</summary>
public interface ILiveSessionObjects
{
    /// <summary>
    /// The course's live-session object for the event session, created (required, in a module "Sessioni dal vivo" at
    /// the end of the course) when there is none; null when the course does not exist.
    /// </summary>
    Task<Guid?> EnsureLiveSessionObjectAsync(Guid courseId, Guid sessionId, string title, DateTime startsAt, int minutes, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the recording of a session to the course as an optional link object next to the session's live-session
    /// object (once per URL); null when the course does not exist.
    /// </summary>
    Task<Guid?> AttachRecordingAsync(Guid courseId, Guid sessionId, string title, string url, int minutes, CancellationToken cancellationToken);
}
