using System.Linq.Expressions;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Bottega.Platform.Data;

/// <summary>
/// The conventions every module's model shares: the audit log table, UTC date-times, the tenant filter
/// and a table-name prefix per module. Applied by <see cref="BottegaDbContext"/> and by contexts that
/// must derive from another base (Identity's).
/// </summary>
public static class BottegaModel
{
    public const string TenantFilter = "tenant";

    public static void ApplyShared(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        modelBuilder.ApplyConfiguration(new Outbox.OutboxMessageConfiguration());
    }

    public static void ApplyConventions(ModelBuilder modelBuilder, ITenantScopedContext context)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var utc = new ValueConverter<DateTime, DateTime>(v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        var nullableUtc = new ValueConverter<DateTime?, DateTime?>(
            v => v.HasValue ? v.Value.ToUniversalTime() : v,
            v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType == typeof(DateTime))
                {
                    property.SetValueConverter(utc);
                }
                else if (property.ClrType == typeof(DateTime?))
                {
                    property.SetValueConverter(nullableUtc);
                }
            }

            if (typeof(INetworkScoped).IsAssignableFrom(entity.ClrType) && entity.BaseType is null)
            {
                modelBuilder.Entity(entity.ClrType).HasQueryFilter(TenantFilter, TenantLambda(entity.ClrType, context));
            }
        }
    }

    private static LambdaExpression TenantLambda(Type entityType, ITenantScopedContext context)
    {
        // e => (Guid?)e.NetworkId == context.CurrentNetworkId; EF turns the context reference into a per-query parameter.
        var entity = Expression.Parameter(entityType, "e");
        var networkId = Expression.Convert(Expression.Property(entity, nameof(INetworkScoped.NetworkId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(context), nameof(ITenantScopedContext.CurrentNetworkId));
        return Expression.Lambda(Expression.Equal(networkId, current), entity);
    }
}
