using Bottega.Platform.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bottega.Platform.Search;

public static class SearchServices
{
    /// <summary>Registers the <see cref="IFullTextIndex"/> of the configured database provider (needs <see cref="DatabaseOptions"/>).</summary>
    public static IServiceCollection AddFullTextSearch(this IServiceCollection services)
    {
        services.TryAddSingleton<IFullTextIndex>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new PostgresFullTextIndex()
                : new SqliteFullTextIndex());
        return services;
    }
}
