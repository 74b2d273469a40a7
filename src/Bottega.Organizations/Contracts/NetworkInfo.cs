namespace Bottega.Organizations.Contracts;

public sealed record NetworkInfo(Guid Id, string Slug, string Name, string? Description, JoinPolicy JoinPolicy, int YearlyHoursTarget);
