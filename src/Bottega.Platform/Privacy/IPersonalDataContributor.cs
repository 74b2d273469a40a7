namespace Bottega.Platform.Privacy;

/// <summary>
/// A module's part of a person's personal data (GDPR art. 15, 17, 20). The module owning accounts calls every
/// registered contributor: on export each adds its section to the document; on erasure each removes or anonymizes
/// what it keeps, before the account itself goes. Erasure must be idempotent: a retry after a failure runs it again.
/// </summary>
public interface IPersonalDataContributor
{
    /// <summary>The section's name in the exported document (camelCase, unique per module).</summary>
    string Section { get; }

    /// <summary>What the module holds about the person, ready to serialize as JSON; null when it holds nothing.</summary>
    Task<object?> ExportAsync(Guid userId, CancellationToken cancellationToken);

    Task EraseAsync(Guid userId, CancellationToken cancellationToken);
}
