using Bottega.Learning.Domain;

namespace Bottega.Learning.Objects;

internal sealed class PageKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.Page;

    public string Label => "Pagina";

    public string PlayerPartial => "Players/_Page";

    public bool Accepts(ProgressSignal signal) => signal is ProgressSignal.Viewed or ProgressSignal.Acknowledged;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => signal == ProgressSignal.Acknowledged;
}

internal sealed class VideoKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.Video;

    public string Label => "Video";

    public string PlayerPartial => "Players/_Video";

    public bool Accepts(ProgressSignal signal) => signal is ProgressSignal.Watched or ProgressSignal.Viewed;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal)
    {
        ArgumentNullException.ThrowIfNull(learningObject);
        ArgumentNullException.ThrowIfNull(progress);
        var threshold = Math.Clamp(ObjectContent.Read<VideoContent>(learningObject.Content).CompleteAtShare, 0.1, 1);
        return progress.Share >= threshold - 0.0001;
    }
}

internal sealed class DocumentKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.Document;

    public string Label => "Documento";

    public string PlayerPartial => "Players/_Document";

    public bool Accepts(ProgressSignal signal) => signal is ProgressSignal.Viewed or ProgressSignal.Acknowledged;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => signal == ProgressSignal.Acknowledged;
}

internal sealed class ExternalLinkKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.ExternalLink;

    public string Label => "Collegamento esterno";

    public string PlayerPartial => "Players/_Link";

    public bool Accepts(ProgressSignal signal) => signal is ProgressSignal.Viewed or ProgressSignal.Acknowledged;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => signal == ProgressSignal.Acknowledged;
}

/// <summary>Completed only by the quiz service when an attempt passes.</summary>
internal sealed class QuizKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.Quiz;

    public string Label => "Quiz";

    public string PlayerPartial => "Players/_Quiz";

    public bool Accepts(ProgressSignal signal) => signal == ProgressSignal.Viewed;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => false;
}

/// <summary>Completed only on attendance recorded by the events module.</summary>
internal sealed class LiveSessionKind : ILearningObjectKind
{
    public LearningObjectKind Kind => LearningObjectKind.LiveSession;

    public string Label => "Sessione dal vivo";

    public string PlayerPartial => "Players/_LiveSession";

    public bool Accepts(ProgressSignal signal) => signal == ProgressSignal.Viewed;

    public bool IsComplete(LearningObject learningObject, ObjectProgress progress, ProgressSignal signal) => false;
}

/// <summary>The registered kinds, by kind.</summary>
public sealed class LearningObjectKinds(IEnumerable<ILearningObjectKind> kinds)
{
    private readonly Dictionary<LearningObjectKind, ILearningObjectKind> byKind = kinds.ToDictionary(k => k.Kind);

    public ILearningObjectKind this[LearningObjectKind kind] => byKind[kind];

    public IReadOnlyCollection<ILearningObjectKind> All => byKind.Values;
}
