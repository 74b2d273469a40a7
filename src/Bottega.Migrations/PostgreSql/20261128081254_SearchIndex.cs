using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.PostgreSql
{
    /// <summary>
    /// The full-text index (Bottega.Platform.Search): a table with a generated Italian tsvector, not an EF entity, so the
    /// model snapshot does not change.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE plt_search_documents (
                    kind text NOT NULL,
                    key uuid NOT NULL,
                    network_id uuid NULL,
                    title text NULL,
                    body text NULL,
                    document tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('italian', coalesce(title, '')), 'A') ||
                        setweight(to_tsvector('italian', coalesce(body, '')), 'B')) STORED,
                    CONSTRAINT "PK_plt_search_documents" PRIMARY KEY (kind, key));
                CREATE INDEX "IX_plt_search_documents_document" ON plt_search_documents USING gin (document);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE plt_search_documents;");
        }
    }
}
