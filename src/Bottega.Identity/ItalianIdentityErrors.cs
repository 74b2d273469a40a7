using Microsoft.AspNetCore.Identity;

namespace Bottega.Identity;

/// <summary>Identity's error messages in Italian, the interface's first language.</summary>
internal sealed class ItalianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Si è verificato un errore. Riprova.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"L'indirizzo {email} è già registrato.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"L'indirizzo {userName} è già registrato.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "L'indirizzo e-mail non è valido.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "L'indirizzo e-mail non è valido.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Il collegamento non è valido o è scaduto.");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "La password non è corretta.");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"La password deve avere almeno {length} caratteri.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "La password deve contenere almeno una cifra.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "La password deve contenere almeno una lettera minuscola.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "La password deve contenere almeno una lettera maiuscola.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "La password deve contenere almeno un simbolo.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "L'account ha già una password.");

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), "Questo accesso esterno è già collegato a un account.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "Il codice di recupero non è valido.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
