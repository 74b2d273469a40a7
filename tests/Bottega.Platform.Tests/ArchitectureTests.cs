using System.Reflection;
using Bottega.Identity;
using Bottega.Organizations;
using Bottega.Platform.Security;
using Xunit;

namespace Bottega.Platform.Tests;

/// <summary>The module boundaries of docs/architecture.md, checked on the compiled assemblies.</summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly PlatformAssembly = typeof(NetworkRole).Assembly;
    private static readonly Assembly OrganizationsAssembly = typeof(OrganizationsModule).Assembly;
    private static readonly Assembly IdentityAssembly = typeof(IdentityModule).Assembly;

    private static string[] BottegaReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Bottega.", StringComparison.Ordinal)).Order().ToArray();

    [Fact]
    public void Platform_depends_on_no_module() => Assert.Empty(BottegaReferences(PlatformAssembly));

    [Fact]
    public void Organizations_depends_only_on_platform() => Assert.Equal(["Bottega.Platform"], BottegaReferences(OrganizationsAssembly));

    [Fact]
    public void Identity_uses_only_the_public_contracts_of_organizations()
    {
        Assert.Equal(["Bottega.Organizations", "Bottega.Platform"], BottegaReferences(IdentityAssembly));
        var used = IdentityAssembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public).Select(f => f.FieldType)
                .Concat(t.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)))
            .Where(t => t.Assembly == OrganizationsAssembly)
            .Select(t => t.Namespace)
            .Distinct()
            .ToList();

        Assert.All(used, ns => Assert.Equal("Bottega.Organizations.Contracts", ns));
    }

    [Fact]
    public void Module_data_contexts_are_internal()
    {
        foreach (var assembly in new[] { OrganizationsAssembly, IdentityAssembly })
        {
            var contexts = assembly.GetTypes().Where(t => typeof(Microsoft.EntityFrameworkCore.DbContext).IsAssignableFrom(t)).ToList();
            Assert.NotEmpty(contexts);
            Assert.All(contexts, c => Assert.False(c.IsPublic, $"{c.FullName} must be internal"));
        }
    }
}
