namespace Bottega.Events.Features.Certificates;

/// <summary>A session the person attended, as the certificate lists it.</summary>
internal sealed record AttendedSession(int Number, string? Title, DateTime StartsAt, int DurationMinutes, decimal Hours);
