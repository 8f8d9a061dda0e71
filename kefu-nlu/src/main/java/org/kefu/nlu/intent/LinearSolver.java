package org.kefu.nlu.intent;

import de.bwaldvogel.liblinear.SolverType;

/** The liblinear solver that fits each intent model member. */
public enum LinearSolver {
    /** L2-regularised logistic regression, one per intent, solved in the dual by coordinate descent. */
    LOGISTIC_REGRESSION(SolverType.L2R_LR_DUAL),
    /** L2-regularised logistic regression, one per intent, solved in the primal by a trust-region Newton method. */
    LOGISTIC_REGRESSION_PRIMAL(SolverType.L2R_LR),
    /** L2-regularised squared-hinge-loss SVM, one per intent (dual coordinate descent). */
    SVM(SolverType.L2R_L2LOSS_SVC_DUAL),
    /** Crammer–Singer multi-class SVM: all intents in one problem. */
    CRAMMER_SINGER(SolverType.MCSVM_CS);

    private final SolverType type;

    LinearSolver(SolverType type) {
        this.type = type;
    }

    SolverType type() {
        return type;
    }
}
