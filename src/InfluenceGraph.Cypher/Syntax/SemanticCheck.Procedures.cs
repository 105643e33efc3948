namespace InfluenceGraph.Cypher.Syntax;

internal sealed partial class SemanticCheck
{
    /// <summary>
    /// CALL: the procedure exists, the explicit arguments fit its parameters in number and (when the text fixes it)
    /// type, implicit arguments and YIELD * appear only in a standalone call, a call inside a query names the outputs
    /// it binds, and each yielded variable is new.
    /// </summary>
    private void CheckProcedureCall(ProcedureCallClause call, Dictionary<string, Kind> scope)
    {
        var procedure = _procedures.Resolve(call.Name, call.Pos);
        var standalone = ReferenceEquals(call, _standalone);
        if (call.Args is null)
        {
            if (!standalone && procedure.Parameters.Count > 0) throw Errors.ImplicitArgumentsInQuery(procedure.Signature, call.Pos);
        }
        else
        {
            if (call.Args.Count < procedure.RequiredArguments || call.Args.Count > procedure.Parameters.Count)
                throw Errors.ProcedureArity(procedure.Signature, call.Args.Count, call.Pos);
            for (var i = 0; i < call.Args.Count; i++)
            {
                var arg = call.Args[i];
                CheckExpr(arg, scope, allowAggregates: false);
                if (arg is Literal literal && !procedure.Parameters[i].Type.TryCoerce(literal.Value, out _))
                    throw Errors.ProcedureArgumentType(procedure.Name, procedure.Parameters[i].ToString(), literal.Value, arg.Pos);
            }
        }
        if (call.YieldAll && !standalone) throw Errors.YieldStarInQuery(call.Pos);
        if (call.Yield is null && !standalone && procedure.Outputs.Count > 0) throw Errors.ImplicitYieldInQuery(procedure.Signature, call.Pos);
        if (call.Yield is not null && procedure.Outputs.Count == 0) throw Errors.YieldFromVoid(procedure.Name, call.Pos);
        foreach (var item in call.Yield ?? [])
        {
            if (!procedure.Outputs.Any(o => o.Name == item.Column)) throw Errors.UnknownYield(procedure.Signature, item.Column, call.Pos);
            if (scope.ContainsKey(item.Variable)) throw Errors.AlreadyDeclared(item.Variable, call.Pos);
            scope[item.Variable] = Kind.Unknown;
        }
        if (call.Where is not null) CheckExpr(call.Where, scope, allowAggregates: false);
    }
}
