namespace Bottega.Community.Areas.Community.Pages.Moderazione;

/// <summary>The inline form that suspends a post's author: who, where it posts, and the post it is about (for unique ids).</summary>
public sealed record BanFormModel(Guid UserId, string UserName, string Action, Guid PostId);
