namespace Bottega.Platform.Security;

/// <summary>What a person may do in one network. A person holds several at once.</summary>
[Flags]
public enum NetworkRole
{
    None = 0,
    Member = 1,
    Teacher = 2,
    TrainingReferent = 4,
    Moderator = 8,
    NetworkAdmin = 16,
}
