namespace Bottega.Demo;

/// <summary>Common Italian given names and surnames from which the demo people are drawn.</summary>
internal static class DemoNames
{
    public static readonly string[] Given =
    [
        "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Andrea", "Valentina", "Matteo",
        "Elena", "Davide", "Federica", "Simone", "Martina", "Stefano", "Laura", "Paolo", "Silvia", "Roberto",
        "Anna", "Giuseppe", "Paola", "Antonio", "Monica", "Francesco", "Cristina", "Giovanni", "Alessia", "Lorenzo",
        "Elisa", "Riccardo", "Barbara", "Fabio", "Ilaria", "Massimo", "Serena", "Claudio", "Roberta", "Daniele",
    ];

    public static readonly string[] Family =
    [
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
        "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
        "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
        "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
    ];
}
