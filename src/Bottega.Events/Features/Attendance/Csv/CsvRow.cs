namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>One data row of an export, turned into a participant's figures or refused with the reason.</summary>
internal sealed class CsvRow(string[] cells, int line, bool monthFirst, DateOnly sessionDay)
{
    public string? Problem { get; private set; }

    public ParticipantFigures? Read(CsvColumns c)
    {
        var email = Cell(c.Email);
        var name = c.Name >= 0 ? Cell(c.Name) : string.Join(' ', new[] { Cell(c.FirstName), Cell(c.LastName) }.Where(p => p is not null));
        if (string.IsNullOrWhiteSpace(email) && string.IsNullOrWhiteSpace(name))
        {
            return Refuse("nessun nome né e-mail");
        }

        if (!Time(c.Joined, out var joined) || !Time(c.Left, out var left))
        {
            return null;
        }

        if (joined is not null && left is not null && left < joined)
        {
            return Refuse("l'uscita è precedente all'entrata");
        }

        int? minutes = null;
        if (Cell(c.Minutes) is { } duration)
        {
            minutes = CsvValues.Minutes(duration);
            if (minutes is null)
            {
                return Refuse($"durata non valida «{duration}»");
            }
        }
        else if (joined is not null && left is not null)
        {
            minutes = (int)(left.Value - joined.Value).TotalMinutes;
        }

        if (!Count(c.WebcamMinutes, "minuti di webcam", out var webcam) || !Count(c.TalkSeconds, "secondi di parola", out var talk)
            || !Count(c.ChatMessages, "messaggi in chat", out var chat) || !Count(c.PollAnswers, "risposte ai sondaggi", out var polls))
        {
            return null;
        }

        return new ParticipantFigures(line, null, string.IsNullOrWhiteSpace(email) ? null : email, string.IsNullOrWhiteSpace(name) ? null : name,
            joined, left, minutes, webcam, talk, chat, polls);
    }

    private string? Cell(int index) => index >= 0 && index < cells.Length && !string.IsNullOrWhiteSpace(cells[index]) ? cells[index].Trim() : null;

    private bool Time(int index, out DateTime? value)
    {
        value = null;
        if (Cell(index) is not { } text)
        {
            return true;
        }

        if (CsvValues.TryTime(text, monthFirst, sessionDay, out var utc))
        {
            value = utc;
            return true;
        }

        Refuse($"orario non valido «{text}»");
        return false;
    }

    private bool Count(int index, string what, out int? value)
    {
        var text = Cell(index) ?? "";
        if (CsvValues.TryCount(text, out value))
        {
            return true;
        }

        Refuse($"{what} non validi «{text}»");
        return false;
    }

    private ParticipantFigures? Refuse(string reason)
    {
        Problem = $"Riga {line}: {reason}";
        return null;
    }
}
