using System.Globalization;
using System.Net;
using Bottega.Identity.Domain;
using Bottega.Library.Domain;
using Bottega.Organizations.Domain;
using Bottega.Platform.Localization;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Tests.Prizes;

/// <summary>A member of the provinces' network who submits for their organization.</summary>
internal sealed record Submitter(string Email, Guid OrganizationId, string OrganizationName);

/// <summary>Builds prize calls through the pages, as a network admin of the provinces' network would.</summary>
internal static class PrizeArrange
{
    public const string Slug = "rete-province-appalti";
    public const string Admin = "admin.rete-province-appalti@bottega.demo";

    public static readonly string[] Jurors =
        ["docente.rete-province-appalti@bottega.demo", "moderatore.rete-province-appalti@bottega.demo", "referente.rete-province-appalti@bottega.demo"];

    public static string Manage(Guid callId) => $"/reti/{Slug}/gestione/premi/{callId}";

    public static string Scoring(Guid callId, Guid entryId) => $"/reti/{Slug}/premi/{callId}/giuria/{entryId}";

    public static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    /// <summary>A datetime-local value: the Rome wall-clock time of an instant.</summary>
    public static string Rome(DateTime utc) => RomeTime.Of(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>Members of the network from different organizations, none of them a demo staff account or of a staff account's organization.</summary>
    public static Task<List<Submitter>> SubmittersAsync(BottegaAppFactory factory, int count) => factory.QueryAsync(async db =>
    {
        var network = await db.Set<Network>().SingleAsync(n => n.Slug == Slug);
        var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters()
            .Where(m => m.NetworkId == network.Id && m.Status == MembershipStatus.Active && m.OrganizationId != null)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, OrganizationId = m.OrganizationId!.Value })
            .Join(db.Set<Organization>(), x => x.OrganizationId, o => o.Id, (x, o) => new { x.Email, x.OrganizationId, o.Name })
            .OrderBy(x => x.Email).ToListAsync();
        var staff = rows.Where(r => r.Email!.EndsWith($".{Slug}@bottega.demo", StringComparison.Ordinal)).Select(r => r.OrganizationId).ToHashSet();
        return rows.Where(r => !staff.Contains(r.OrganizationId)).GroupBy(r => r.OrganizationId).Select(g => g.First())
            .Take(count).Select(r => new Submitter(r.Email!, r.OrganizationId, r.Name)).ToList();
    });

    /// <summary>A call with the given categories, criteria (name, weight, max) and jurors, opened for entries until tomorrow; scoring the day after for ten days.</summary>
    public static async Task<Guid> OpenCallAsync(HttpClient admin, string title, string[] categories, (string Name, decimal Weight, int Max)[] criteria, string[] jurors,
        string[]? eligibleKinds = null, string? award = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Description"] = "Un premio per i casi migliori.",
            ["Input.EligibilityText"] = "Enti aderenti alla rete.",
            ["Input.Dates.SubmissionsOpenAt"] = Rome(Now.AddHours(-1)),
            ["Input.Dates.SubmissionsCloseAt"] = Rome(Now.AddDays(1)),
            ["Input.Dates.ScoringOpensAt"] = Rome(Now.AddDays(1)),
            ["Input.Dates.ScoringClosesAt"] = Rome(Now.AddDays(11)),
            ["Input.WinnersPerCategory"] = "1",
            ["Input.AwardName"] = award ?? "",
            ["Input.AwardDescription"] = award is null ? "" : "Ente vincitore del premio di prova.",
        };
        foreach (var (kind, i) in (eligibleKinds ?? []).Select((k, i) => (k, i)))
        {
            fields[$"Input.EligibleKinds[{i}]"] = kind;
        }

        var created = await admin.PostFormAsync($"/reti/{Slug}/gestione/premi/nuovo", fields);
        await ExpectAsync(created, HttpStatusCode.Redirect);
        var callId = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        foreach (var category in categories)
        {
            await ActAsync(admin, callId, "Categoria", new() { ["Rubric.Name"] = category });
        }

        foreach (var (name, weight, max) in criteria)
        {
            await ActAsync(admin, callId, "Criterio", new()
            {
                ["Rubric.Name"] = name,
                ["Rubric.Weight"] = weight.ToString(CultureInfo.InvariantCulture),
                ["Rubric.MaxScore"] = max.ToString(CultureInfo.InvariantCulture),
            });
        }

        foreach (var juror in jurors)
        {
            await ActAsync(admin, callId, "Giurato", new() { ["jurorEmail"] = juror });
        }

        await ActAsync(admin, callId, "Apri");
        return callId;
    }

    /// <summary>Posts an action of the management page and expects it done (a redirect).</summary>
    public static async Task ActAsync(HttpClient admin, Guid callId, string handler, Dictionary<string, string>? fields = null)
    {
        var response = await admin.PostFormAsync(Manage(callId), $"{Manage(callId)}?handler={handler}", fields ?? []);
        await ExpectAsync(response, HttpStatusCode.Redirect);
    }

    /// <summary>Closes submissions and moves scoring to start an hour ago (or, with <paramref name="open"/> false, to start tomorrow).</summary>
    public static async Task StartScoringAsync(HttpClient admin, Guid callId, bool open = true)
    {
        await ActAsync(admin, callId, "ChiudiCandidature");
        await ActAsync(admin, callId, "Date", new()
        {
            ["Dates.SubmissionsOpenAt"] = Rome(Now.AddHours(-3)),
            ["Dates.SubmissionsCloseAt"] = Rome(Now.AddHours(-2)),
            ["Dates.ScoringOpensAt"] = Rome(open ? Now.AddHours(-1) : Now.AddDays(1)),
            ["Dates.ScoringClosesAt"] = Rome(Now.AddDays(10)),
        });
    }

    public static Task<List<PrizeCategory>> CategoriesAsync(BottegaAppFactory factory, Guid callId) =>
        factory.QueryAsync(db => db.Set<PrizeCategory>().IgnoreQueryFilters().Where(c => c.CallId == callId).OrderBy(c => c.Position).ToListAsync());

    public static Task<List<PrizeCriterion>> CriteriaAsync(BottegaAppFactory factory, Guid callId) =>
        factory.QueryAsync(db => db.Set<PrizeCriterion>().IgnoreQueryFilters().Where(c => c.CallId == callId).OrderBy(c => c.Position).ToListAsync());

    public static Dictionary<string, string> EntryFields(Guid categoryId, Guid organizationId, string title) => new()
    {
        ["Input.CategoryId"] = categoryId.ToString(),
        ["Input.OrganizationId"] = organizationId.ToString(),
        ["Input.Title"] = title,
        ["Input.Summary"] = "Sintesi del caso " + title,
        ["Input.Problem"] = "Il problema del caso " + title,
        ["Input.Solution"] = "La soluzione del caso " + title,
        ["Input.Results"] = "Risultati: -30% di tempi.",
        ["Input.Costs"] = "10.000 euro",
        ["Input.Contacts"] = "ufficio.gare@example.org",
        ["Input.Theme"] = "transizione-digitale",
    };

    /// <summary>The member submits a case; the entry's id.</summary>
    public static async Task<Guid> SubmitAsync(BottegaAppFactory factory, Guid callId, Guid categoryId, Submitter submitter, string title)
    {
        var page = $"/reti/{Slug}/premi/{callId}/partecipa";
        var response = await factory.ClientFor(submitter.Email).PostFormAsync(page, EntryFields(categoryId, submitter.OrganizationId, title));
        await ExpectAsync(response, HttpStatusCode.Redirect);
        return await factory.QueryAsync(db => db.Set<PrizeEntry>().IgnoreQueryFilters()
            .Where(e => e.CallId == callId && e.CategoryId == categoryId && e.OrganizationId == submitter.OrganizationId).Select(e => e.Id).SingleAsync());
    }

    public static Task<HttpResponseMessage> ScoreAsync(HttpClient juror, Guid callId, Guid entryId, IReadOnlyList<PrizeCriterion> criteria, params int[] values)
    {
        var fields = criteria.Select((c, i) => (c, i)).ToDictionary(x => $"Scores[{x.c.Id}]", x => values[x.i].ToString(CultureInfo.InvariantCulture));
        fields["Comment"] = "Valutato.";
        return juror.PostFormAsync(Scoring(callId, entryId), fields);
    }

    public static async Task<string> TextAsync(HttpResponseMessage response) => (await response.ParseAsync()).Body!.TextContent;

    public static async Task ExpectAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        if (response.StatusCode != status)
        {
            var error = (await response.ParseAsync()).QuerySelector(".alert-danger")?.TextContent.Trim();
            throw new Xunit.Sdk.XunitException($"Expected {status}, got {(int)response.StatusCode}: {error}");
        }
    }
}
