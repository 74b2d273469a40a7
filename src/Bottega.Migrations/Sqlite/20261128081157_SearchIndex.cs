using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.Sqlite
{
    /// <summary>
    /// The full-text index (Bottega.Platform.Search): an FTS5 table, not an EF entity, so the model snapshot does not change.
    /// Title and body hold Italian stems computed by the application; the other columns are not indexed.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE plt_search_documents USING fts5(
                    kind UNINDEXED, "key" UNINDEXED, network_id UNINDEXED, title, body,
                    tokenize = 'unicode61 remove_diacritics 2');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE plt_search_documents;");
        }
    }
}
