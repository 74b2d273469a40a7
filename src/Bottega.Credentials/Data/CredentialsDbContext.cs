using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Data;

internal sealed class CredentialsDbContext(DbContextOptions<CredentialsDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    protected override void ConfigureModule(ModelBuilder modelBuilder) => CredentialsModel.Apply(modelBuilder);
}
