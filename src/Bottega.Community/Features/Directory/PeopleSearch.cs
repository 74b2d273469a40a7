using Bottega.Community.Data;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Directory;

/// <summary>A person's figures in the network's community.</summary>
public sealed record CommunityFigures(int Reputation, int Questions, int Answers, int AcceptedAnswers)
{
    public static readonly CommunityFigures Zero = new(0, 0, 0, 0);
}

public sealed record PeopleResult(PeoplePage People, IReadOnlyDictionary<Guid, CommunityFigures> Figures)
{
    public CommunityFigures FiguresOf(Guid userId) => Figures.GetValueOrDefault(userId, CommunityFigures.Zero);
}

/// <summary>
/// "Persone" of the community: Identity's directory of the request's network (<see cref="IPeopleDirectory"/>) narrowed,
/// when a topic is given, to who answered questions about it; reputation and answers of the page in one query.
/// </summary>
public sealed class PeopleSearch
{
    public const int PageSize = 25;

    private readonly CommunityDbContext db;
    private readonly IPeopleDirectory directory;
    private readonly SpacePermissions permissions;
    private readonly ITenantContext tenant;

    internal PeopleSearch(CommunityDbContext db, IPeopleDirectory directory, SpacePermissions permissions, ITenantContext tenant)
    {
        this.db = db;
        this.directory = directory;
        this.permissions = permissions;
        this.tenant = tenant;
    }

    public IReadOnlyList<JobRoleOption> JobRoles => directory.JobRoles;

    public async Task<PeopleResult> SearchAsync(PeopleFilter filter, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("The directory needs a network.");
        List<Guid>? among = null;
        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            among = await AnsweredTopics.AnswerersAsync(db, await permissions.ReadableSpaceIdsAsync(ct), Clip(filter.Topic), ct);
        }

        var people = await directory.SearchAsync(networkId, new PeopleQuery(
            Clip(filter.Q), filter.Region, filter.Province, filter.Organization, filter.JobRole, Clip(filter.Competence), among, page, PageSize), ct);
        var ids = people.People.Select(p => p.UserId).ToList();
        var figures = ids.Count == 0
            ? new Dictionary<Guid, CommunityFigures>()
            : await db.MemberStats.AsNoTracking().Where(s => ids.Contains(s.UserId))
                .ToDictionaryAsync(s => s.UserId, s => new CommunityFigures(s.Reputation, s.Questions, s.Answers, s.AcceptedAnswers), ct);
        return new PeopleResult(people, figures);
    }

    private static string Clip(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        return trimmed.Length > PeopleFilter.MaxTextLength ? trimmed[..PeopleFilter.MaxTextLength] : trimmed;
    }
}
