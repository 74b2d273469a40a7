namespace Bottega.Platform.Security;

/// <summary>Display names of people by id, for pages of modules that keep only ids (the audit log).</summary>
public interface IPersonNames
{
    Task<IReadOnlyDictionary<Guid, string>> GetAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken);
}
