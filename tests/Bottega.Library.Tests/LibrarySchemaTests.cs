using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests;

public sealed class LibrarySchemaTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Library_tables_are_created_by_the_migrations()
    {
        await using var db = app.Factory.Open();
        Assert.Equal(0, await db.Set<LibraryDocument>().IgnoreQueryFilters().CountAsync(d => d.Title == "nessuno"));
        Assert.Equal(0, await db.Set<GoodPractice>().IgnoreQueryFilters().CountAsync(p => p.Title == "nessuno"));
    }
}
