namespace Bottega.Events.Features.Attendance;

/// <summary>
/// A share (0–1) or an average over <see cref="Basis"/> people. Figures over fewer than
/// <see cref="SessionFigures.SmallestGroup"/> people identify them, so they are not shown ("dati insufficienti").
/// </summary>
public sealed record EngagementFigure(double? Value, int Basis)
{
    public bool IsShown => Value is not null && Basis >= SessionFigures.SmallestGroup;
}
