using Bottega.Community.Domain;

namespace Bottega.Community.Features.Spaces;

/// <summary>The fields of the space form (create and edit).</summary>
public sealed class SpaceInput
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public SpaceKind Kind { get; set; }

    /// <summary>The course a course space discusses.</summary>
    public Guid? CourseId { get; set; }

    public SpaceAccess ReadAccess { get; set; }

    public SpaceAccess PostAccess { get; set; }

    public int Position { get; set; }
}

/// <summary>A space in the administration list.</summary>
public sealed record SpaceAdminRow(Guid Id, string Name, string Slug, SpaceKind Kind, SpaceAccess ReadAccess, SpaceAccess PostAccess,
    int Position, bool IsArchived, int TopicCount, int Members);
