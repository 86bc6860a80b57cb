/** Answers of the state machine (lib/workflow/state-machine.ts). */
export const workflowText = {
  transitions: {
    illegalState: "Không thể thực hiện thao tác này ở trạng thái hiện tại của mô hình.",
    forbidden: "Bạn không có quyền thực hiện thao tác này với mô hình.",
    commentRequired: "Vui lòng nhập lý do / ý kiến.",
    notRecognizedHere: "Mô hình chưa được công nhận ở cấp của bạn.",
    alreadyTypical: "Mô hình đã được công nhận điển hình ở cấp này.",
    nothingToUndo: "Không có bước thẩm định nào để hoàn tác.",
  },
} as const;
