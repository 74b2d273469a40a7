namespace Bottega.Organizations.Territory;

/// <summary>The import file cannot be used; nothing was written.</summary>
public sealed class TerritoryImportException(string message) : Exception(message)
{
    public TerritoryImportException()
        : this("The territory file is not valid.")
    {
    }

    public TerritoryImportException(string message, Exception inner)
        : this(message + " " + inner.Message)
    {
    }
}
