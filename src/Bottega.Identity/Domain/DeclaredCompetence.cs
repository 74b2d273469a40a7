namespace Bottega.Identity.Domain;

/// <summary>A competence the person says they have (free text, shown on the profile).</summary>
public sealed class DeclaredCompetence
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    private DeclaredCompetence()
    {
    }

    public static DeclaredCompetence Create(Guid userId, string name) => new() { UserId = userId, Name = name.Trim() };
}
