using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bottega.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "idn_invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    InvitedBy = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idn_roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idn_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(201)", maxLength: 201, nullable: false),
                    JobRole = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PreferredCulture = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_networks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    JoinPolicy = table.Column<int>(type: "integer", nullable: false),
                    YearlyHoursTarget = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_networks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "org_organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    IstatCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    IpaCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Abbreviation = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProvinceId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_organizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_organizations_org_organizations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "org_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plt_audit_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TargetType = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    TargetId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: true),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idn_role_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_role_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_idn_role_claims_idn_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "idn_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idn_declared_competences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_declared_competences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_idn_declared_competences_idn_users_UserId",
                        column: x => x.UserId,
                        principalTable: "idn_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idn_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Roles = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReferentOfOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_idn_memberships_idn_users_UserId",
                        column: x => x.UserId,
                        principalTable: "idn_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idn_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_idn_user_claims_idn_users_UserId",
                        column: x => x.UserId,
                        principalTable: "idn_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idn_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_idn_user_logins_idn_users_UserId",
                        column: x => x.UserId,
                        principalTable: "idn_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idn_user_roles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_user_roles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_idn_user_roles_idn_roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "idn_roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_idn_user_roles_idn_users_UserId",
                        column: x => x.UserId,
                        principalTable: "idn_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "idn_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idn_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_idn_user_tokens_idn_users_UserId",
                        column: x => x.UserId,
                        principalTable: "idn_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "org_network_organizations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AnnualFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_network_organizations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_org_network_organizations_org_networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "org_networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_network_organizations_org_organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "org_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "org_union_memberships",
                columns: table => new
                {
                    UnionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_org_union_memberships", x => new { x.UnionId, x.MunicipalityId });
                    table.ForeignKey(
                        name: "FK_org_union_memberships_org_organizations_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "org_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_org_union_memberships_org_organizations_UnionId",
                        column: x => x.UnionId,
                        principalTable: "org_organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_idn_declared_competences_UserId",
                table: "idn_declared_competences",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_idn_invitations_NetworkId_CreatedAt",
                table: "idn_invitations",
                columns: new[] { "NetworkId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_idn_invitations_TokenHash",
                table: "idn_invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_idn_memberships_NetworkId_OrganizationId",
                table: "idn_memberships",
                columns: new[] { "NetworkId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_idn_memberships_NetworkId_Status_RequestedAt",
                table: "idn_memberships",
                columns: new[] { "NetworkId", "Status", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_idn_memberships_NetworkId_UserId",
                table: "idn_memberships",
                columns: new[] { "NetworkId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_idn_memberships_UserId_Status",
                table: "idn_memberships",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_idn_role_claims_RoleId",
                table: "idn_role_claims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "idn_roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_idn_user_claims_UserId",
                table: "idn_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_idn_user_logins_UserId",
                table: "idn_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_idn_user_roles_RoleId",
                table: "idn_user_roles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "idn_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_idn_users_OrganizationId",
                table: "idn_users",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_idn_users_RegionId_ProvinceId",
                table: "idn_users",
                columns: new[] { "RegionId", "ProvinceId" });

            migrationBuilder.CreateIndex(
                name: "IX_idn_users_SearchName",
                table: "idn_users",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "idn_users",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_network_organizations_NetworkId_OrganizationId",
                table: "org_network_organizations",
                columns: new[] { "NetworkId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_network_organizations_OrganizationId",
                table: "org_network_organizations",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_org_networks_Name",
                table: "org_networks",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_org_networks_Slug",
                table: "org_networks",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_IpaCode",
                table: "org_organizations",
                column: "IpaCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_IstatCode",
                table: "org_organizations",
                column: "IstatCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_Kind_Name",
                table: "org_organizations",
                columns: new[] { "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_ParentId",
                table: "org_organizations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_ProvinceId",
                table: "org_organizations",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_RegionId_Kind",
                table: "org_organizations",
                columns: new[] { "RegionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_org_organizations_SearchName",
                table: "org_organizations",
                column: "SearchName");

            migrationBuilder.CreateIndex(
                name: "IX_org_union_memberships_MunicipalityId",
                table: "org_union_memberships",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_plt_audit_entries_ActorUserId",
                table: "plt_audit_entries",
                column: "ActorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_plt_audit_entries_At",
                table: "plt_audit_entries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_plt_audit_entries_NetworkId_At",
                table: "plt_audit_entries",
                columns: new[] { "NetworkId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idn_declared_competences");

            migrationBuilder.DropTable(
                name: "idn_invitations");

            migrationBuilder.DropTable(
                name: "idn_memberships");

            migrationBuilder.DropTable(
                name: "idn_role_claims");

            migrationBuilder.DropTable(
                name: "idn_user_claims");

            migrationBuilder.DropTable(
                name: "idn_user_logins");

            migrationBuilder.DropTable(
                name: "idn_user_roles");

            migrationBuilder.DropTable(
                name: "idn_user_tokens");

            migrationBuilder.DropTable(
                name: "org_network_organizations");

            migrationBuilder.DropTable(
                name: "org_union_memberships");

            migrationBuilder.DropTable(
                name: "plt_audit_entries");

            migrationBuilder.DropTable(
                name: "idn_roles");

            migrationBuilder.DropTable(
                name: "idn_users");

            migrationBuilder.DropTable(
                name: "org_networks");

            migrationBuilder.DropTable(
                name: "org_organizations");
        }
    }
}
