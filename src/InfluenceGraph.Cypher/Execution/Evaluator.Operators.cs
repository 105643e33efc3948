using InfluenceGraph.Cypher.Syntax;

namespace InfluenceGraph.Cypher.Execution;

internal static partial class Evaluator
{
    private static object? EvalBinary(Binary binary, Row row, QueryContext ctx)
    {
        switch (binary.Op)
        {
            case BinaryOp.And:
            {
                var left = Logical(binary.Left, row, ctx);
                if (left == false) return false;
                var right = Logical(binary.Right, row, ctx);
                if (right == false) return false;
                return left is null || right is null ? null : true;
            }
            case BinaryOp.Or:
            {
                var left = Logical(binary.Left, row, ctx);
                if (left == true) return true;
                var right = Logical(binary.Right, row, ctx);
                if (right == true) return true;
                return left is null || right is null ? null : false;
            }
            case BinaryOp.Xor:
            {
                var left = Logical(binary.Left, row, ctx);
                var right = Logical(binary.Right, row, ctx);
                return left is null || right is null ? null : left != right;
            }
        }
        var l = Eval(binary.Left, row, ctx);
        var r = Eval(binary.Right, row, ctx);
        // NaN is a number that is not ordered against any number: the comparison is false, not null.
        if (binary.Op is BinaryOp.Lt or BinaryOp.Gt or BinaryOp.Le or BinaryOp.Ge
            && (l is double ld && double.IsNaN(ld) && Values.IsNumber(r) || r is double rd && double.IsNaN(rd) && Values.IsNumber(l)))
            return false;
        switch (binary.Op)
        {
            case BinaryOp.Eq: return Values.Equal(l, r);
            case BinaryOp.Neq: return !Values.Equal(l, r);
            case BinaryOp.Lt: return Values.Compare(l, r) is { } lt ? lt < 0 : null;
            case BinaryOp.Gt: return Values.Compare(l, r) is { } gt ? gt > 0 : null;
            case BinaryOp.Le: return Values.Compare(l, r) is { } le ? le <= 0 : null;
            case BinaryOp.Ge: return Values.Compare(l, r) is { } ge ? ge >= 0 : null;
            case BinaryOp.StartsWith: return l is string a && r is string b ? a.StartsWith(b, StringComparison.Ordinal) : null;
            case BinaryOp.EndsWith: return l is string c && r is string d ? c.EndsWith(d, StringComparison.Ordinal) : null;
            case BinaryOp.Contains: return l is string e && r is string f ? e.Contains(f, StringComparison.Ordinal) : null;
            case BinaryOp.Regex: return l is string text && r is string pattern ? QueryContext.Regex(pattern).IsMatch(text) : null;
            case BinaryOp.In: return In(l, r, binary.Pos);
            default: return Arithmetic(binary.Op, l, r, binary.Pos);
        }
    }

    private static bool? Logical(Expr expr, Row row, QueryContext ctx) => Eval(expr, row, ctx) switch
    {
        null => null,
        bool b => b,
        var other => throw Errors.TypeMismatch("Boolean", other, expr.Pos),
    };

    private static object? In(object? item, object? collection, SourcePos pos)
    {
        if (collection is null) return null;
        if (collection is not IReadOnlyList<object?> list) throw Errors.TypeMismatch("List", collection, pos);
        var sawNull = false;
        foreach (var element in list)
        {
            var equal = Values.Equal(item, element);
            if (equal == true) return true;
            if (equal is null) sawNull = true;
        }
        return sawNull ? null : false;
    }

    private static object? EvalUnary(Unary unary, Row row, QueryContext ctx)
    {
        var value = Eval(unary.Operand, row, ctx);
        return unary.Op switch
        {
            UnaryOp.Not => value switch
            {
                null => null,
                bool b => !b,
                _ => throw Errors.TypeMismatch("Boolean", value, unary.Pos),
            },
            UnaryOp.Negate => value switch
            {
                null => null,
                long l => l == long.MinValue ? throw Errors.IntegerOverflow(unary.Pos) : -l,
                double d => -d,
                CypherDuration duration => Temporal.Negate(duration),
                _ => throw Errors.TypeMismatch("a number", value, unary.Pos),
            },
            _ => value is null or long or double ? value : throw Errors.TypeMismatch("a number", value, unary.Pos),
        };
    }

    public static object? Arithmetic(BinaryOp op, object? l, object? r, SourcePos pos)
    {
        if (l is null || r is null) return null;
        if (op == BinaryOp.Add)
        {
            switch (l)
            {
                case IReadOnlyList<object?> left when r is IReadOnlyList<object?> right: return left.Concat(right).ToList();
                case IReadOnlyList<object?> left: return left.Append(r).ToList();
                default:
                    if (r is IReadOnlyList<object?> tail) return tail.Prepend(l).ToList();
                    break;
            }
            if (l is string || r is string)
            {
                if (l is string or long or double or bool or DateOnly && r is string or long or double or bool or DateOnly)
                    return Values.Display(l) + Values.Display(r);
                throw Errors.OperandTypes("+", l, r, pos);
            }
        }
        if (Temporal.TryArithmetic(op, l, r, pos, out var temporal)) return temporal;
        if (!Values.IsNumber(l) || !Values.IsNumber(r))
            throw Errors.OperandTypes(OperatorText(op), l, r, pos);
        if (op == BinaryOp.Pow) return Math.Pow(Values.ToDouble(l), Values.ToDouble(r));
        if (l is long a && r is long b)
        {
            try
            {
                return op switch
                {
                    BinaryOp.Add => checked(a + b),
                    BinaryOp.Sub => checked(a - b),
                    BinaryOp.Mul => checked(a * b),
                    BinaryOp.Div => b == 0 ? throw Errors.DivisionByZero(pos) : a / b,
                    BinaryOp.Mod => b == 0 ? throw Errors.DivisionByZero(pos) : a % b,
                    _ => throw new InvalidOperationException(),
                };
            }
            catch (OverflowException)
            {
                throw Errors.IntegerOverflow(pos);
            }
        }
        var x = Values.ToDouble(l);
        var y = Values.ToDouble(r);
        return op switch
        {
            BinaryOp.Add => x + y,
            BinaryOp.Sub => x - y,
            BinaryOp.Mul => x * y,
            BinaryOp.Div => x / y,
            BinaryOp.Mod => x % y,
            _ => throw new InvalidOperationException(),
        };
    }

    private static string OperatorText(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Mul => "*",
        BinaryOp.Div => "/",
        BinaryOp.Mod => "%",
        _ => "^",
    };
}
