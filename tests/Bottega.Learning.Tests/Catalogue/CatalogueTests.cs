using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Learning.Tests.Catalogue;

public sealed class CatalogueTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static string Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        string.Join("|", page.QuerySelectorAll("main .card-title").Select(e => e.TextContent.Trim()));

    [Fact]
    public async Task Catalogue_lists_the_networks_published_courses_to_anyone()
    {
        var page = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{DemoAccounts.Federation}/corsi");

        Assert.Contains("11 corsi trovati", page.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(LearningData.IdentityCourse, Titles(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_matches_inflected_italian_words_and_highlights_them()
    {
        var page = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{DemoAccounts.Federation}/corsi?q=identita%20digitali");

        Assert.Equal(LearningData.IdentityCourse, Titles(page));
        Assert.NotEmpty(page.QuerySelectorAll("main mark"));
    }

    [Fact]
    public async Task Filters_by_level_and_hours_and_sorts_by_hours()
    {
        var page = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{DemoAccounts.Federation}/corsi?level=2&sort=HoursAscending&maxHours=12");
        var titles = Titles(page).Split('|');

        Assert.Equal(4, titles.Length);
        Assert.DoesNotContain(LearningData.IdentityCourse, titles);
    }

    [Fact]
    public async Task Filters_by_competence_area()
    {
        var area = await app.Factory.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<Bottega.Learning.Domain.CompetenceArea>(), a => a.Code == "3"));
        var page = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{DemoAccounts.Federation}/corsi?area={area.Id}");

        Assert.Equal(2, Titles(page).Split('|').Length);
    }

    [Fact]
    public async Task A_federated_course_appears_in_the_other_networks_catalogue_only_where_offered()
    {
        var anci = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{DemoAccounts.Anci}/corsi?q=identita");
        var rup = await app.Factory.ClientFor(null).GetDocumentAsync($"/reti/{DemoAccounts.Rup}/corsi?q=identita");

        Assert.Equal(LearningData.IdentityCourse, Titles(anci));
        Assert.Equal("", Titles(rup));
    }

    [Fact]
    public async Task A_course_not_offered_in_the_network_is_not_found_there()
    {
        var courseId = await app.Factory.CourseIdAsync(LearningData.IdentityCourse);

        var response = await app.Factory.ClientFor(DemoAccounts.Learner).GetAsync(LearningData.CoursePath(DemoAccounts.Rup, courseId));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(a b) OR *")]
    [InlineData("'; drop table lrn_courses; --")]
    public async Task Hostile_search_text_gives_a_normal_page(string q)
    {
        var response = await app.Factory.ClientFor(null).GetAsync($"/reti/{DemoAccounts.Federation}/corsi?q={Uri.EscapeDataString(q)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Course_page_shows_modules_competences_and_hours()
    {
        var courseId = await app.Factory.CourseIdAsync(LearningData.IdentityCourse);

        var page = await app.Factory.ClientFor(null).GetDocumentAsync(LearningData.CoursePath(DemoAccounts.Federation, courseId));

        Assert.Equal(LearningData.IdentityCourse, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("4.1", page.QuerySelector("aside")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.QuerySelectorAll("main .list-group-item").Length);
    }
}
