using Bottega.Community;
using Bottega.Credentials;
using Bottega.Events;
using Bottega.Identity;
using Bottega.Identity.Domain;
using Bottega.Learning;
using Bottega.Library;
using Bottega.Organizations;
using Bottega.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Migrations;

/// <summary>
/// The whole database in one model: every module's tables, so one migration history per provider describes it.
/// Modules read and write through their own contexts; only this one migrates.
/// </summary>
public abstract class BottegaMigrationsContext(DbContextOptions options)
    : IdentityDbContext<BottegaUser, IdentityRole<Guid>, Guid>(options), ITenantScopedContext
{
    public Guid? CurrentNetworkId => null;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        BottegaModel.ApplyShared(builder);
        OrganizationsModule.ApplyModel(builder);
        IdentityModule.ApplyModel(builder);
        LearningModule.ApplyModel(builder);
        CredentialsModule.ApplyModel(builder);
        CommunityModule.ApplyModel(builder);
        EventsModule.ApplyModel(builder);
        LibraryModule.ApplyModel(builder);
        BottegaModel.ApplyConventions(builder, this);
    }
}

public sealed class SqliteMigrationsContext(DbContextOptions<SqliteMigrationsContext> options) : BottegaMigrationsContext(options);

public sealed class PostgresMigrationsContext(DbContextOptions<PostgresMigrationsContext> options) : BottegaMigrationsContext(options);
