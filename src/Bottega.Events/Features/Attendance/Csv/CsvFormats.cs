namespace Bottega.Events.Features.Attendance.Csv;

/// <summary>
/// The exports Bottega reads, recognised by their header row: Zoom's participants report, Microsoft Teams' attendance
/// report, the Google Meet attendance add-on's sheet, and Bottega's own template (Jitsi or any other provider), in English or Italian.
/// </summary>
internal static class CsvFormats
{
    public static readonly IReadOnlyList<CsvFormat> All =
    [
        new("Zoom", MonthFirst: true, Zoom),
        new("Google Meet", MonthFirst: false, Meet),
        new("Microsoft Teams", MonthFirst: true, Teams),
        new("Bottega", MonthFirst: false, Generic),
    ];

    /// <summary>The accepted header rows, for the message shown when a file matches none.</summary>
    public static readonly IReadOnlyList<string> Described =
    [
        "Zoom: Name (Original Name), User Email, Join Time, Leave Time, Duration (Minutes)",
        "Microsoft Teams: Name, First Join, Last Leave, In-Meeting Duration, Email",
        "Google Meet: First name, Last name, Email, Duration, Time joined, Time exited",
        "Bottega / Jitsi: email, joined_at, left_at, minutes, webcam_minutes, talk_seconds, chat_messages, poll_answers (oppure E-mail, Entrata, Uscita, Minuti)",
    ];

    private static CsvColumns? Zoom(IReadOnlyList<string> h)
    {
        var email = Find(h, "user email", "email");
        var joined = Find(h, "join time");
        var left = Find(h, "leave time");
        var minutes = Find(h, "duration (minutes)", "duration (mins)", "duration");
        if (Find(h, "user email") < 0 || joined < 0 || left < 0)
        {
            return null;
        }

        return new(email, Find(h, "name (original name)", "name", "user name"), -1, -1, joined, left, minutes, -1, -1, -1, -1);
    }

    private static CsvColumns? Meet(IReadOnlyList<string> h)
    {
        var first = Find(h, "first name");
        var last = Find(h, "last name");
        var email = Find(h, "email");
        if (first < 0 || last < 0 || email < 0)
        {
            return null;
        }

        return new(email, -1, first, last, Find(h, "time joined", "first seen"), Find(h, "time exited", "last seen"), Find(h, "duration"), -1, -1, -1, -1);
    }

    private static CsvColumns? Teams(IReadOnlyList<string> h)
    {
        var name = Find(h, "name", "full name");
        var joined = Find(h, "first join", "join time");
        var email = Find(h, "email", "participant id (upn)", "upn");
        if (name < 0 || joined < 0 || email < 0)
        {
            return null;
        }

        return new(email, name, -1, -1, joined, Find(h, "last leave", "leave time"), Find(h, "in-meeting duration", "duration"), -1, -1, -1, -1);
    }

    private static CsvColumns? Generic(IReadOnlyList<string> h)
    {
        var email = Find(h, "email", "e-mail", "posta elettronica");
        var joined = Find(h, "joined_at", "entrata", "ingresso");
        var minutes = Find(h, "minutes", "minuti");
        if (email < 0 || (joined < 0 && minutes < 0))
        {
            return null;
        }

        return new(email, Find(h, "name", "nome"), -1, -1, joined, Find(h, "left_at", "uscita"), minutes, Find(h, "webcam_minutes", "minuti_webcam"),
            Find(h, "talk_seconds", "secondi_parlato"), Find(h, "chat_messages", "messaggi_chat"), Find(h, "poll_answers", "risposte_sondaggi"));
    }

    private static int Find(IReadOnlyList<string> header, params string[] names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }
}
