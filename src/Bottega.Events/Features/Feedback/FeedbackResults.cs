namespace Bottega.Events.Features.Feedback;

/// <summary>An event's feedback for organizers: how many, the average rating, how many gave each rating (index 0 = 1 star), the comments without names, newest first.</summary>
public sealed record FeedbackResults(string EventTitle, int Count, double? Average, IReadOnlyList<int> Distribution, IReadOnlyList<string> Comments);
