namespace Bottega.Events.Features.Attendance;

/// <summary>A confirmed registrant in the manual register of an in-person session.</summary>
public sealed record RegistrantPresence(Guid UserId, string Name, bool Attended);
