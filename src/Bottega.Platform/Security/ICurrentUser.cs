namespace Bottega.Platform.Security;

public interface ICurrentUser
{
    Guid? Id { get; }

    bool IsAuthenticated => Id.HasValue;

    bool IsPlatformAdmin { get; }
}
