using Bottega.Community.Features.Messages;
using Bottega.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Messaggi;

/// <summary>What a message form posts. <see cref="ClientKey"/> is drawn when the form is shown: a second submission is the same message.</summary>
public sealed class MessageForm
{
    public string? Subject { get; set; }

    public string? Text { get; set; }

    public Guid? ClientKey { get; set; }
}

/// <summary>The Italian sentence (resource key) for why a message was not sent, and the form field it belongs to.</summary>
internal static class MessageErrorText
{
    public static (string Field, string Text) Of(MessageOutcome outcome, IStringLocalizer localizer) => outcome.Error switch
    {
        MessageError.SubjectMissing => ("Input.Subject", localizer["Scrivi l'oggetto."]),
        MessageError.SubjectTooLong => ("Input.Subject", localizer["L'oggetto può avere al massimo {0} caratteri.", PrivateMessages.MaxSubject]),
        MessageError.TextMissing => ("Input.Text", localizer["Scrivi il messaggio."]),
        MessageError.TextTooLong => ("Input.Text", localizer["Il messaggio può avere al massimo {0} caratteri.", PrivateMessages.MaxText]),
        MessageError.ToYourself => ("", localizer["Non puoi scrivere a te stesso."]),
        MessageError.NotAMember => ("", localizer["Puoi scrivere solo a chi fa parte della rete."]),
        MessageError.Banned => ("", localizer["Non puoi scrivere nella comunità fino al {0:g}.", RomeTime.Of(outcome.Until ?? default)]),
        MessageError.TooFast => ("", localizer["Hai scritto molti messaggi in poco tempo: riprova tra qualche minuto."]),
        _ => ("", localizer["Il messaggio non è stato inviato."]),
    };
}
