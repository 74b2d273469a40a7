using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Data;

internal static class CredentialsModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
    }
}
