using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Platform.Hosting;

public static class FeatureRegistration
{
    /// <summary>
    /// Registers a scoped feature service whose constructor is internal: features are public (pages and other
    /// modules' hosts call them) but take the module's internal DbContext, which the DI activator cannot see.
    /// </summary>
    public static IServiceCollection AddFeature<T>(this IServiceCollection services)
        where T : class
    {
        var constructor = typeof(T).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Single();
        var parameters = constructor.GetParameters().Select(p => p.ParameterType).ToArray();
        return services.AddScoped(sp => (T)constructor.Invoke(parameters.Select(sp.GetRequiredService).ToArray()));
    }
}
