using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Bottega.Platform.Web;

/// <summary>
/// Browsers submit &lt;input type="number"&gt; as "1200.50" whatever the page's language, while the Italian culture
/// reads "." as a thousands separator. Decimals (and doubles) are parsed invariant first, then in the request's culture ("1.200,50").
/// </summary>
public sealed class NumberInputModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
            {
                bindingContext.Result = ModelBindingResult.Success(null);
            }

            return Task.CompletedTask;
        }

        var invariant = !text.Contains(',', StringComparison.Ordinal);
        if (decimal.TryParse(text, NumberStyles.Number, invariant ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture, out var number))
        {
            var type = Nullable.GetUnderlyingType(bindingContext.ModelType) ?? bindingContext.ModelType;
            bindingContext.Result = ModelBindingResult.Success(type == typeof(double) ? (double)number : number);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Inserisci un numero valido.");
        }

        return Task.CompletedTask;
    }
}

public sealed class NumberInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType;
        return type == typeof(decimal) || type == typeof(double) ? new NumberInputModelBinder() : null;
    }
}
