using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LibraryE : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lib_working_group_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_working_group_meetings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_meetings_EventId",
                table: "lib_working_group_meetings",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_meetings_GroupId_StartsAt",
                table: "lib_working_group_meetings",
                columns: new[] { "GroupId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_meetings_ScheduledBy",
                table: "lib_working_group_meetings",
                column: "ScheduledBy");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lib_working_group_meetings");
        }
    }
}
