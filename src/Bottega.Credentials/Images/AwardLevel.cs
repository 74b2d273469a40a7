namespace Bottega.Credentials.Images;

/// <summary>The level of an organization award, shown as a ribbon on its default badge.</summary>
internal enum AwardLevel
{
    Bronze,
    Silver,
    Gold,
}
