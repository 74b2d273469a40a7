using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Bottega.Platform.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid? Id =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsPlatformAdmin => accessor.HttpContext?.User.IsInRole(PlatformRoles.Admin) == true;
}
