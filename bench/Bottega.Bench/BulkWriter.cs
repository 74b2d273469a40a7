using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Bottega.Bench;

/// <summary>
/// Writes many entities of one type straight into their table, with the table and column names, value converters and
/// provider type mappings of the EF model (so the stored values are exactly what EF writes and reads): PostgreSQL by
/// binary COPY, SQLite by one prepared INSERT reused inside the caller's transaction.
/// </summary>
internal sealed class BulkWriter
{
    private readonly DbContext model;
    private readonly DbConnection connection;
    private readonly bool postgres;

    public BulkWriter(DbContext model, DbConnection connection)
    {
        this.model = model;
        this.connection = connection;
        postgres = connection is NpgsqlConnection;
    }

    public DbTransaction? Transaction { get; set; }

    public long Rows { get; private set; }

    public async Task<long> WriteAsync<T>(IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var table = Table.Of(model, typeof(T));
        var count = postgres ? await CopyAsync(table, entities, cancellationToken) : await InsertAsync(table, entities, cancellationToken);
        Rows += count;
        return count;
    }

    private async Task<long> CopyAsync<T>(Table table, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var npgsql = (NpgsqlConnection)connection;
        var columns = string.Join(", ", table.Columns.Select(c => Quote(c.Name)));
        long count = 0;
        await using (var import = await npgsql.BeginBinaryImportAsync($"COPY {Quote(table.Name)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var entity in entities)
            {
                await import.StartRowAsync(cancellationToken);
                foreach (var column in table.Columns)
                {
                    var value = column.Value(entity);
                    if (value is null)
                    {
                        await import.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await import.WriteAsync(value, column.PostgresType, cancellationToken);
                    }
                }

                count++;
            }

            await import.CompleteAsync(cancellationToken);
        }

        return count;
    }

    private async Task<long> InsertAsync<T>(Table table, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        await using var command = (SqliteCommand)connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)Transaction;
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var parameters = table.Columns.Select((c, i) => c.Mapping.CreateParameter(command, "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        long count = 0;
        foreach (var entity in entities)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].Value(entity) ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite runs synchronously anyway; the async wrapper only adds a reader per row.
            command.ExecuteNonQuery();
            count++;
        }

        return count;
    }

    private static string Quote(string name) => "\"" + name + "\"";

    private sealed record Column(string Name, Func<object, object?> Value, RelationalTypeMapping Mapping, string PostgresType);

    private sealed record Table(string Name, IReadOnlyList<Column> Columns)
    {
        private static readonly Dictionary<(Type, Type), Table> Cache = [];

        public static Table Of(DbContext model, Type clrType)
        {
            lock (Cache)
            {
                if (Cache.TryGetValue((model.GetType(), clrType), out var cached))
                {
                    return cached;
                }

                var entityType = model.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
                var name = entityType.GetTableName() ?? throw new InvalidOperationException($"{clrType.Name} has no table.");
                var store = StoreObjectIdentifier.Table(name, entityType.GetSchema());
                var columns = entityType.GetProperties().Select(p =>
                {
                    if (p.IsShadowProperty())
                    {
                        throw new InvalidOperationException($"{clrType.Name}.{p.Name} is a shadow property: the bulk writer cannot read it.");
                    }

                    var getter = p.GetGetter();
                    var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
                    var converter = mapping.Converter;
                    Func<object, object?> value = converter is null
                        ? getter.GetClrValueUsingContainingEntity
                        : entity => getter.GetClrValueUsingContainingEntity(entity) is { } v ? converter.ConvertToProvider(v) : null;
                    var storeType = mapping.StoreType;
                    var paren = storeType.IndexOf('(', StringComparison.Ordinal);
                    return new Column(p.GetColumnName(store) ?? p.Name, value, mapping, paren < 0 ? storeType : storeType[..paren]);
                }).ToList();
                return Cache[(model.GetType(), clrType)] = new Table(name, columns);
            }
        }
    }
}
