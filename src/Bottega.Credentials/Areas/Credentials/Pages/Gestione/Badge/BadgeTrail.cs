namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>The breadcrumb of the badge administration pages: the current page (already localized) and the achievement above it, if any.</summary>
public sealed record BadgeTrail(string Current, Guid? AchievementId = null, string? AchievementName = null);
